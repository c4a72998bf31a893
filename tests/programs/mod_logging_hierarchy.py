# Loggers form a dotted hierarchy: levels are inherited and records propagate to handlers.
import logging
import sys

app = logging.getLogger("app")
db = logging.getLogger("app.db")
handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("[%(levelname)-7s] %(name)s | %(message)s"))
app.addHandler(handler)
app.setLevel(logging.DEBUG)
db.debug("query took %.1f ms", 12.345)
db.info("connected")
app.propagate = False
print(db.parent is app, db.getEffectiveLevel(), app.hasHandlers())
print(db, app)
quiet = logging.getLogger("quiet")
quiet.warning("last resort prints only the message")
