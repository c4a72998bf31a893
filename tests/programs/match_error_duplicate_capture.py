# the compiler rejects a pattern: duplicate capture
match x:
    case [y, y]: pass
