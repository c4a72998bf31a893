# try/except/else/finally: which blocks run, in which order.
def attempt(value):
    try:
        result = 10 // value
    except ZeroDivisionError:
        print("  except")
        return "failed"
    else:
        print("  else", result)
        return "ok"
    finally:
        print("  finally")


print(attempt(2))
print(attempt(0))
