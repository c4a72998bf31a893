# A helper inside a method captures self.
class C:
    def method(self):
        def helper():
            return self
        return helper
