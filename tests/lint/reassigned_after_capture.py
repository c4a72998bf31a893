def make_message():
    greeting = "hello"

    def show():
        return greeting

    greeting = "goodbye"
    return show

print(make_message()())
