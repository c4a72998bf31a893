# Reading __class__ in a method needs the class cell too.
class C:
    def which(self):
        return __class__
