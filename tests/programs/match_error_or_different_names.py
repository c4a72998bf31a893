# the compiler rejects a pattern: or different names
match x:
    case [y] | [z]: pass
