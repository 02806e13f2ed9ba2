// A quiz's "lesson to revise" chooser opens at the quiz's own course, not the top of the site.
// Wagtail's page chooser opens at a chosen page's parent, or else at the common ancestor of every
// lesson; with nothing chosen yet, the modal is pointed at a view that redirects to the course.
(() => {
  const editing = window.location.pathname.match(/\/pages\/(\d+)\/edit\/|\/pages\/add\/quizzes\/quizpage\/(\d+)\//);
  if (!editing) return;
  const pageId = editing[1] || editing[2];
  function patch() {
    const Modal = window.PageChooserModal;
    if (!Modal || Modal.prototype.academyPatched) return Boolean(Modal);
    const getURL = Modal.prototype.getURL;
    Modal.prototype.getURL = function academyGetURL(opts) {
      const url = getURL.call(this, opts);
      const lessonsOnly = opts && !opts.parentId && (opts.modelNames || []).join() === "courses.lessonpage";
      return lessonsOnly ? url.replace(/choose-page\/$/, `courses/lesson-chooser/${pageId}/`) : url;
    };
    Modal.prototype.academyPatched = true;
    return true;
  }
  if (!patch()) document.addEventListener("DOMContentLoaded", patch);
})();
