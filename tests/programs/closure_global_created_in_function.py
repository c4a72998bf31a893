# A global statement can create a module variable that did not exist before.
def define():
    global created
    created = [1, 2, 3]


print("created" in globals())
define()
print(created)
print(sorted(k for k in globals() if not k.startswith("__")))
