// Adds a filter box above a long list of checkboxes (the course editor's Trainers field).
(() => {
  function enhance(list) {
    if (list.dataset.filterReady) return;
    list.dataset.filterReady = "1";
    const label = document.createElement("label");
    label.textContent = list.dataset.academyCheckboxFilter;
    const input = document.createElement("input");
    input.type = "search";
    input.id = `${list.id || "checkboxes"}-filter`;
    label.htmlFor = input.id;
    input.addEventListener("input", () => {
      const words = input.value.trim().toLowerCase();
      list.querySelectorAll("label").forEach((option) => {
        const item = option.closest("div") || option;
        item.hidden = words !== "" && !option.textContent.toLowerCase().includes(words);
      });
    });
    list.before(label, input);
  }
  function enhanceAll() {
    document.querySelectorAll("[data-academy-checkbox-filter]").forEach(enhance);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", enhanceAll);
  else enhanceAll();
})();
