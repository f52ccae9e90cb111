from django.dispatch import Signal

# Sent when the whole content was replaced at once (a restore from backup):
# whatever keeps copies of pages lets them all go.
content_replaced = Signal()
