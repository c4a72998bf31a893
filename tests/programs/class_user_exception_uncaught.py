# An uncaught user-defined exception shows its qualified name in the traceback.
class ValidationError(ValueError):
    def __str__(self):
        return f"invalid: {self.args[0]!r}"


def validate(age):
    if age < 0:
        raise ValidationError(age)
    return age


print(validate(3))
validate(-1)
