# Handler selection: the first matching clause wins; tuples of types; bare except.
def classify(thunk):
    try:
        thunk()
    except (KeyError, IndexError) as error:
        return "lookup " + type(error).__name__
    except ArithmeticError as error:
        return "arithmetic " + type(error).__name__
    except Exception as error:
        return "other " + type(error).__name__
    return "no error"


print(classify(lambda: {}["k"]))
print(classify(lambda: [][1]))
print(classify(lambda: 1 / 0))
print(classify(lambda: int("x")))
print(classify(lambda: None))
try:
    raise TypeError("bare")
except:
    print("bare except caught")
