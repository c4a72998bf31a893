def account():
    balance = 0
    def deposit(amount):
        nonlocal balance
        balance += amount
    def read():
        return balance
    return deposit, read

deposit, read = account()
deposit(10)
print(read())
