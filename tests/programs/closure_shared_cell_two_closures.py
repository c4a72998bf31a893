# Two closures created by one call share the same cell for the variable they capture.
def account(balance):
    def deposit(amount):
        nonlocal balance
        balance += amount
        return balance

    def read():
        return balance

    return deposit, read


deposit, read = account(100)
deposit(50)
print(read())
deposit(-30)
print(read())
print(deposit.__closure__[0] is read.__closure__[0])
print(deposit.__code__.co_freevars, read.__code__.co_freevars)
