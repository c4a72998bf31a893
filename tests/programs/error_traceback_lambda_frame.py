# A traceback frame named <lambda> inside a map call.
values = list(map(lambda x: 10 // x, [5, 2, 1]))
print(values)
values = list(map(lambda x: 10 // x, [5, 0]))
