// An image or document chooser opened from a page of a course shows that course's collection, and an upload
// goes there: the modal is pointed at a view that redirects to Wagtail's chooser filtered to the collection,
// and the upload form's collection follows the filter (as Wagtail's own "upload one now" link does).
(() => {
  const editing = window.location.pathname.match(/\/pages\/(\d+)\/edit\/|\/pages\/add\/\w+\/\w+\/(\d+)\//);
  if (!editing) return;
  const pageId = editing[1] || editing[2];
  const choosers = {
    image: ["ImageChooserModal", "IMAGE_CHOOSER_MODAL_ONLOAD_HANDLERS", "#id_image-chooser-upload-collection"],
    document: ["DocumentChooserModal", "DOCUMENT_CHOOSER_MODAL_ONLOAD_HANDLERS", "#id_document-chooser-upload-collection"],
  };
  function patch(kind) {
    const [modalName, handlersName, uploadSelect] = choosers[kind];
    const Modal = window[modalName];
    const handlers = window[handlersName];
    if (!Modal || !handlers) return false;
    if (Modal.prototype.academyPatched) return true;
    const getURL = Modal.prototype.getURL;
    Modal.prototype.getURL = function academyGetURL(opts) {
      const url = getURL.call(this, opts);
      const start = url.replace(/\/(images|documents)\/chooser\/$/, `/courses/media-chooser/${kind}/${pageId}/`);
      return start;
    };
    const onChoose = handlers.choose;
    handlers.choose = function academyOnChoose(modal, data) {
      onChoose(modal, data);
      const filter = modal.body[0].querySelector("#id_collection_id");
      const upload = modal.body[0].querySelector(uploadSelect);
      if (filter && upload && filter.value) upload.value = filter.value;
    };
    Modal.prototype.academyPatched = true;
    return true;
  }
  function patchAll() {
    return Object.keys(choosers).map(patch).every(Boolean);
  }
  if (!patchAll()) document.addEventListener("DOMContentLoaded", patchAll);
})();
