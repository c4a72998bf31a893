# Double-underscore attributes are mangled with the class name.
class Account:
    def __init__(self):
        self.__balance = 10
        self._hint = "protected by convention"

    def balance(self):
        return self.__balance


a = Account()
print(a.balance(), a._Account__balance, sorted(vars(a)))
try:
    a.__balance
except AttributeError as error:
    print(error)
