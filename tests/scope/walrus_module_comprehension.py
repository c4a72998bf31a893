# A walrus in a module-level comprehension binds a global.
values = [y := 5, y ** 2]
found = [last := n for n in range(4)]
print(last)
