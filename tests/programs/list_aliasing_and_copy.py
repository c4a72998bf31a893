# Aliases share one list; += mutates in place; slicing and list() make shallow copies.
a = [1, 2]
b = a
b += [3]
print(a, a is b)
c = a[:]
c.append(4)
d = list(a)
d[0] = 99
print(a, c, d)
grid = [[0] * 2 for _ in range(2)]
grid[0][0] = 5
print(grid)
t = (a,)
a.append(5)
print(t)
s = "ab"
s2 = s
s += "c"
print(s, s2)
