def log(message, *, history=list()):
    history.insert(0, message)
    return history

log("start")
print(log("stop"))
