# In a class body, a comprehension sees class names only in its first iterable.
class Config:
    names = ["a", "b"]
    prefix = "cfg_"
    upper = [n.upper() for n in names]
    try:
        keys = [prefix + n for n in names]
    except NameError as error:
        keys = str(error)


print(Config.upper, Config.keys)
