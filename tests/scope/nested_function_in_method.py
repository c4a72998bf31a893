class C:
    def method(self):
        def helper():
            return self
        return helper
