# an uncaught AttributeError from assigning a name a slotted class has no slot for
class Account:
    __slots__ = ('balance',)

    def __init__(self):
        self.balance = 0


account = Account()
account.balance = 10
print(account.balance)
account.balanse = 20
