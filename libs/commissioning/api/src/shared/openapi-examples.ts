/** Examples for the OpenAPI document, in the words a park's staff use. */
export const COMMAND_REPLY_EXAMPLE = { id: '01960000-0000-7000-8000-000000000001', revision: 4 };

export const PROJECT_ID_PARAMETER = {
  name: 'projectId',
  description: '项目标识 / project id',
  example: '01960000-0000-7000-8000-000000000001',
};
