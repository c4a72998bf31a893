for x in y:
    try:
        pass
    except* TypeError:
        break
