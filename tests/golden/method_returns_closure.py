class Account:
    def __init__(self, balance):
        self.balance = balance

    def make_withdraw(self, fee):
        def withdraw(amount):
            self.balance -= amount + fee
            return self.balance
        return withdraw


acct = Account(100)
take = acct.make_withdraw(1)
take(10)
print(acct.balance)
