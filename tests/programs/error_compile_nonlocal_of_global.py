# nonlocal cannot reach a module-level variable: there is no enclosing function binding.
count = 0


def bump():
    nonlocal count
    count += 1
