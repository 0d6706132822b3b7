# covers: level filtering with basicConfig(level=WARNING) vs messages at every level; logging.log with a numeric level; level names
# kind: program
# rule: exact
import logging
import sys

logging.basicConfig(level=logging.WARNING, stream=sys.stdout, format="%(levelname)s|%(message)s")
logging.debug("d")
logging.info("i")
logging.warning("w")
logging.error("e")
logging.critical("c")
logging.log(logging.ERROR, "via log(%s)", "ERROR")
logging.log(logging.INFO, "via log INFO, filtered")
print(logging.DEBUG, logging.INFO, logging.WARNING, logging.ERROR, logging.CRITICAL)
print(logging.getLevelName(logging.WARNING), logging.getLevelName(10))
logging.getLogger().setLevel(logging.DEBUG)
logging.debug("now visible")
