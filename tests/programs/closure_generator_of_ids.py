# A closure-based id generator with a prefix and a step.
def id_maker(prefix, step=1):
    current = 0

    def next_id():
        nonlocal current
        current += step
        return f"{prefix}-{current:03d}"

    return next_id


make_user = id_maker("user")
make_order = id_maker("order", step=5)
print(make_user(), make_user(), make_order(), make_order(), make_user())
