// office-addin-mock reads only the `OfficeApp` host names from office-addin-manifest, whose
// ESM-only dependencies Jest cannot load; these are its values (office-addin-manifest 2.x).
module.exports = {
  OfficeApp: {
    Excel: 'excel',
    OneNote: 'onenote',
    Outlook: 'outlook',
    PowerPoint: 'powerpoint',
    Project: 'project',
    Word: 'word',
  },
};
