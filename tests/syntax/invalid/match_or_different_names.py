match x:
    case [y] | [z]: pass
