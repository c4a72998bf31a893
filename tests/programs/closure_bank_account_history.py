# A bank account built from closures; a failed withdrawal raises ValueError.
def open_account(owner, balance=0):
    history = []

    def deposit(amount):
        nonlocal balance
        balance += amount
        history.append(("deposit", amount))

    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            raise ValueError(f"{owner} cannot withdraw {amount}: balance is {balance}")
        balance -= amount
        history.append(("withdraw", amount))

    def statement():
        return owner, balance, list(history)

    return deposit, withdraw, statement


deposit, withdraw, statement = open_account("Ada", 10)
deposit(5)
withdraw(12)
print(statement())
try:
    withdraw(100)
except ValueError as error:
    print(error)
withdraw(4)
