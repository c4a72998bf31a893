# A return in finally overrides the try block's return and swallows exceptions.
def override():
    try:
        return "try"
    finally:
        return "finally"


def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"


def order():
    log = []
    try:
        log.append("try")
        return log
    finally:
        log.append("finally")


print(override(), swallow(), order())
