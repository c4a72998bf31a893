# A traceback through methods of two classes.
class Parser:
    def parse(self, text):
        return [self.convert(part) for part in text.split(",")]

    def convert(self, part):
        return int(part)


class App:
    def __init__(self):
        self.parser = Parser()

    def run(self, text):
        return sum(self.parser.parse(text))


app = App()
print(app.run("1,2,3"))
print(app.run("1,x"))
