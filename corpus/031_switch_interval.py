# source: 002_0cb0e86412a9fb81.txt, "Get and Set Python Context Switch Interval"
# restored: line breaks and indentation (the document lost its newlines)
# kind: fragment
# Get the current switch interval
interval = sys.getswitchinterval()
print(f"Current switch interval: {interval} seconds")
# Set a new switch interval (e.g., 1.0 second)
sys.setswitchinterval(1.0)
print(f"New switch interval set to: {sys.getswitchinterval()} seconds")
