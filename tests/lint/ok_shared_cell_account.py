def account(balance):
    def deposit(amount):
        nonlocal balance
        balance += amount
        return balance

    def withdraw(amount):
        nonlocal balance
        balance -= amount
        return balance

    return deposit, withdraw

deposit, withdraw = account(100)
deposit(50)
print(withdraw(30))
