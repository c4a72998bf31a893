# Two closures share one cell.
def account(balance):
    def deposit(amount):
        nonlocal balance
        balance += amount
        return balance
    def read():
        return balance
    return deposit, read
