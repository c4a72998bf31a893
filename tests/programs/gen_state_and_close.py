# Generator state through gi_running/gi_frame, close() and a finally block.
def worker():
    try:
        yield "working"
        yield "still working"
    finally:
        print("cleanup")


w = worker()
print(w.gi_frame is not None, next(w))
w.close()
print(w.gi_frame is None, next(w, "closed"))
w2 = worker()
print(list(w2))
