# Private names are mangled with the class name, in methods too.
class Account:
    __count = 0
    def __init__(self):
        self.__balance = 0
        __local = 1
        Account.__count += 1
        def peek():
            return __local
        return None
