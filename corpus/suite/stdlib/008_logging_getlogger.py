# covers: logging.getLogger(__name__) and named loggers with %(name)s, logger.setLevel filtering, hierarchy (app.db)
# kind: program
# rule: exact
import logging
import sys

logging.basicConfig(level=logging.DEBUG, stream=sys.stdout,
                    format="%(name)s - %(levelname)s - %(message)s")
logger = logging.getLogger(__name__)
db = logging.getLogger("app.db")
net = logging.getLogger("app.net")
net.setLevel(logging.WARNING)
logger.info("module logger named %s", __name__)
db.debug("query took %d ms", 12)
net.info("filtered out")
net.warning("connection retry %d/%d", 1, 3)
logging.getLogger("app").setLevel(logging.ERROR)
db.warning("dropped: app.db inherits ERROR from app")
db.error("db failure")
print(logger.name, db.name, db.getEffectiveLevel(), logger.isEnabledFor(logging.DEBUG))
