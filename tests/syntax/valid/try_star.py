try:
    pass
except* ValueError:
    pass

try:
    work()
except *ValueError as e:
    handle(e)
except* (TypeError, KeyError) as group:
    pass
else:
    done()
finally:
    cleanup()

def f():
    for x in y:
        try:
            pass
        except* OSError:
            for z in w:
                if z:
                    break
                continue
            def g():
                return 1
            class C:
                pass
    return 2
