# break and continue inside try/finally still run the finally block.
for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
count = 0
while True:
    try:
        count += 1
        if count > 2:
            raise StopIteration
    except StopIteration:
        print("stopped at", count)
        break
