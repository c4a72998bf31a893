# quit("msg") prints the message on stderr and exits with status 1
try:
    quit("not caught by except Exception")
except Exception:
    print("never")
finally:
    print("finally runs")
