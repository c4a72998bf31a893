# the compiler rejects a pattern: repeated attribute
match x:
    case P(a=1, a=2): pass
