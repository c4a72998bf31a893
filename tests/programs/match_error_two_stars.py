# the compiler rejects a pattern: two stars
match x:
    case [*a, *b]: pass
