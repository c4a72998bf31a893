# Containers that contain themselves print as [...] and {...}.
items = [1, 2]
items.append(items)
print(items, len(items), items[2] is items)
table = {"self": None}
table["self"] = table
print(table)
pair = [[]]
pair[0].append(pair)
print(pair)
