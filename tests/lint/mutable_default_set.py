def first_time(word, seen=set()):
    if word in seen:
        return False
    seen.add(word)
    return True

print(first_time("x"), first_time("x"))
