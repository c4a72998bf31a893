for x in y:
    try:
        pass
    except* TypeError:
        for z in w:
            continue
        def g():
            return 2
        continue
