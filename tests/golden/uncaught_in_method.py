class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdrawer(self):
        def withdraw(amount):
            if amount > self.balance:
                raise RuntimeError("insufficient funds")
            self.balance -= amount
        return withdraw

take = Account(5).withdrawer()
take(2)
take(10)
