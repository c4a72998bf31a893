match command.split():
    case [action]:
        pass
    case [action, obj, *rest] if obj:
        pass
    case ["go", ("north" | "south") as direction]:
        pass
    case (1, 2,):
        pass
    case ():
        pass
    case []:
        pass
    case 1, *_, 2,:
        pass
    case -1 | 1.5 | -2j | 3 + 4j | -5 - 6j | "a" "b" | b"c":
        pass
    case None | True | False:
        pass
    case Color.RED | a.b.c:
        pass
    case {"k": v, 1: _, x.y: [z], **rest}:
        pass
    case {}:
        pass
    case {**only,}:
        pass
    case Point(x=0, y=yy) | Point(0, yy):
        pass
    case mod.Point(1, (2), z=[3]):
        pass
    case Empty():
        pass
    case str(s) if len(s) > (n := 3):
        pass
    case ((inner)):
        pass
    case _:
        pass
match a, *b:
    case _:
        pass
match (yield_ := 3):
    case x:
        pass
