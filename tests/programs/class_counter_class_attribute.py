# A class attribute counts instances; cls and type(self) reach it.
class Ticket:
    issued = 0

    def __init__(self):
        Ticket.issued += 1
        self.number = Ticket.issued

    @classmethod
    def reset(cls):
        cls.issued = 0


tickets = [Ticket() for _ in range(3)]
print([t.number for t in tickets], Ticket.issued, tickets[0].issued)
Ticket.reset()
print(Ticket.issued, Ticket().number)
