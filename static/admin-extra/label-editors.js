// The rich-text editor replaces each textarea with an editable area that has
// no name of its own; give it the textarea's label, so screen readers say
// which text (and which language) is being edited.
(function () {
  function label(editor) {
    const area = editor.querySelector("[role=textbox]");
    const textarea = editor.querySelector("textarea[id]");
    if (!area || !textarea || area.hasAttribute("aria-labelledby")) return;
    const labelElement = document.querySelector(`label[for="${textarea.id}"]`);
    if (!labelElement) return;
    labelElement.id = labelElement.id || `${textarea.id}-label`;
    area.setAttribute("aria-labelledby", labelElement.id);
  }
  function labelAll() {
    document.querySelectorAll(".prose-editor").forEach(label);
  }
  new MutationObserver(labelAll).observe(document.documentElement, {
    childList: true,
    subtree: true,
  });
  labelAll();
})();
