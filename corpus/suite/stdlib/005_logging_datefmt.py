# covers: logging.basicConfig with datefmt='%H:%M:%S' and format '[%(asctime)s] %(levelname)s %(message)s'; masked times
# kind: program
# rule: normalised
# normalise: \d\d:\d\d:\d\d => HH:MM:SS
import logging
import sys

logging.basicConfig(
    level=logging.INFO,
    format="[%(asctime)s] %(levelname)s %(message)s",
    datefmt="%H:%M:%S",
    stream=sys.stdout,
)
for step in ("load", "process", "save"):
    logging.info("step %s", step)
logging.warning("done with %d steps", 3)
